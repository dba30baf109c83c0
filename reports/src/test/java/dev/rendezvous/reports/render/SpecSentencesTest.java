package dev.rendezvous.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Spec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecSentencesTest {
    @Test
    void sentencesEndAtAStopBeforeACapitalAndAfterACodeStatement() {
        assertThat(SpecSentences.split("One two. Three four? (Five.) Six x = f(a); y = g(b); Last"))
                .containsExactly("One two.", "Three four?", "(Five.)", "Six x = f(a);", "y = g(b);", "Last");
    }

    @Test
    void anEllipsisOrAnAbbreviationEndsNoSentence() {
        assertThat(SpecSentences.split("struct s; ... connect(s); The SCO Group, Inc. All rights reserved."))
                .containsExactly("struct s; ... connect(s);", "The SCO Group, Inc. All rights reserved.");
    }

    @Test
    void everyClauseOfTheCatalogueCoversSomeSentenceOfTheShippedContract() {
        List<SpecSentences.Sentence> sentences = SpecSentences.of(Spec.text(), Catalogue.all());
        assertThat(SpecSentences.unplaced(sentences, Catalogue.all())).isEmpty();
        assertThat(sentences)
                .extracting(SpecSentences.Sentence::text)
                .contains("accept normally blocks.", "See ``Signals and process groups'' below.");
    }

    @Test
    void aClauseWhoseQuoteIsNotInTheTextIsListedAsUnplaced() {
        var sentences = SpecSentences.of("Nothing here. At all.", Catalogue.all());
        assertThat(sentences).hasSize(2).noneMatch(SpecSentences.Sentence::behavioural);
        assertThat(SpecSentences.unplaced(sentences, Catalogue.all())).hasSameSizeAs(Catalogue.all());
        String md =
                MarkdownSpecReference.render(new SpecReference("Nothing here. At all.", Catalogue.all(), List.of()));
        assertThat(md).contains("## Clauses whose quote is not in this text").contains("**ACCEPT-BLOCKS**");
    }
}
