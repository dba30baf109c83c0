// Checks what the two builds of invoker.properties left behind, as a vendor would read it.
// basedir: this project's copy under target/it; localRepositoryPath and kitJar come from the invoker.

def fail = { String what -> throw new AssertionError(what) }

def report = { String suite ->
    def f = new File(basedir, "target/surefire-reports/TEST-com.example.${suite}.xml")
    if (!f.isFile()) fail("no Surefire report for ${suite}: ${f}")
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f).documentElement
}
def cases = { suite -> (0..<suite.getElementsByTagName('testcase').length).collect { suite.getElementsByTagName('testcase').item(it) } }
def failureOf = { testcase -> testcase.getElementsByTagName('failure').item(0) }

// 1. The good stack: Surefire ran one test for every clause of the catalogue, every one passed or
//    was skipped with its reason.
def good = report('MyStackConformanceTest')
def tests = good.getAttribute('tests').toInteger()
def failures = good.getAttribute('failures').toInteger() + good.getAttribute('errors').toInteger()
def resultsFile = new File(basedir, 'target/conformance/results.json')
if (!resultsFile.isFile()) fail('no target/conformance/results.json')
def catalogue = new groovy.json.JsonSlurper().parse(resultsFile).clauses.size()
if (catalogue != 30) fail("results.json has ${catalogue} clauses, not the catalogue's 30")
if (tests != catalogue) fail("Surefire ran ${tests} tests for MyStack, not the ${catalogue} clauses")
if (failures != 0) fail("MyStack failed ${failures} clause(s)")

// 2. The broken stack: exactly its clause failed, with the shrunk case and a replay to paste.
def broken = report('BrokenStackConformance')
def failed = cases(broken).findAll { failureOf(it) != null }
def names = failed.collect { it.getAttribute('name') }
if (failed.size() != 1) fail("the broken stack failed ${failed.size()} clauses, not 1: ${names}")
def clause = names[0]
if (!clause.contains('ACCEPT-VALUE-RESULT')) fail("the broken stack failed ${clause}, not ACCEPT-VALUE-RESULT")
def message = failureOf(failed[0]).getAttribute('message') + '\n' + failureOf(failed[0]).textContent
['shrunk case', 'accept(', '-Drendezvous.replay=rv1:ACCEPT-VALUE-RESULT', 'mvn -f '].each {
    if (!message.contains(it)) fail("the failure does not show '${it}':\n${message}")
}

// 3. The printed Maven command replays the case from another directory.
def command = message.readLines().find { it.contains('with Maven: ') }.split('with Maven: ', 2)[1].trim()
def token = (message =~ /-Drendezvous\.replay=(rv1:\S+)/)[0][1]
def elsewhere = File.createTempDir()
// (with the local repository and settings the builds above had: the vendor's own build needs neither)
def settings = new File(elsewhere, 'settings.xml')
settings.text = new File(basedir, '../../../it-settings.xml').text
        .replace('@localRepositoryUrl@', new File(mainRepository).toURI().toString())
def words = ['sh', '-c', command + " -B -s '${settings}' -Dmaven.repo.local='${localRepositoryPath}'"]
def replay = new ProcessBuilder(words).directory(elsewhere).redirectErrorStream(true).start()
def output = replay.inputStream.text
replay.waitFor()
if (replay.exitValue() == 0) fail("the replay passed:\n${output}")
if (!output.contains('Tests run: 1, Failures: 1')) fail("the replay did not run the one case:\n${output}")
if (!output.contains(token)) fail("the replay did not fail with the same token ${token}:\n${output}")

// 4. So does the printed command line, given where the kit's rendezvous.jar is.
def cli = message.readLines().find { it.contains("with the kit's command line: ") }
        .split("command line: ", 2)[1].trim().replace('java -jar rendezvous.jar ', "java -jar '${kitJar}' ")
def run = new ProcessBuilder(['sh', '-c', cli]).directory(elsewhere).redirectErrorStream(true).start()
def printed = run.inputStream.text
run.waitFor()
if (run.exitValue() != 1) fail("the command line replay ended with ${run.exitValue()}, not 1:\n${printed}")
if (!printed.contains('FAILED ACCEPT-VALUE-RESULT') || !printed.contains(token)) {
    fail("the command line replay did not fail the same case:\n${printed}")
}

// 5. The kit's command line on the same stack: the replay it prints on the terminal, in
//    report.html and in report.md is one command, and it works from another directory.
def sh = { String line, File dir ->
    def p = new ProcessBuilder(['sh', '-c', line]).directory(dir).redirectErrorStream(true).start()
    def text = p.inputStream.text
    p.waitFor()
    [p.exitValue(), text]
}
def out = new File(elsewhere, 'conformance')
def (status, terminal) = sh("java -jar '${kitJar}' run --impl com.example.BrokenStack" +
        " --impl-jar '${new File(basedir, 'target/classes')}' --clauses ACCEPT-VALUE-RESULT --tries 5 --out '${out}'", basedir)
if (status != 1) fail("the command line run ended with ${status}, not 1:\n${terminal}")
def printedReplay = terminal.readLines().find { it.trim().startsWith('replay: java -jar ') }?.trim()?.substring('replay: '.length())
if (printedReplay == null) fail("the command line printed no replay:\n${terminal}")
if (!new File(out, 'report.md').text.contains(printedReplay)) fail("report.md shows another replay than ${printedReplay}")
def html = new File(out, 'report.html').text.replace('&#39;', "'").replace('&quot;', '"').replace('&amp;', '&')
if (!html.contains(printedReplay)) fail("report.html shows another replay than ${printedReplay}")
def another = File.createTempDir()
def (again, replayed) = sh(printedReplay + " --out '${new File(another, 'replayed')}'", another)
if (again != 1 || !replayed.contains('FAILED ACCEPT-VALUE-RESULT')) {
    fail("the printed replay, run from ${another}, ended with ${again}:\n${replayed}")
}
another.deleteDir()
elsewhere.deleteDir()

// 6. The README's vendor section is this project, line for line: each of its xml and java
//    blocks stands in pom.xml or the suite class as it is (indentation aside).
def readme = new File(basedir, '../../../../README.md').text
def section = readme.substring(readme.indexOf('**From your own build**'), readme.indexOf('## Verdicts'))
def flat = { String text -> text.readLines().collect { it.trim() }.join('\n') }
def project = flat(new File(basedir, 'pom.xml').text) + '\n' +
        flat(new File(basedir, 'src/test/java/com/example/MyStackConformanceTest.java').text)
def blocks = (section =~ /(?s)```(?:xml|java)\n(.*?)```/).collect { it[1] }
if (blocks.size() != 3) fail("the README's vendor section has ${blocks.size()} xml/java blocks, not 3")
blocks.each { if (!project.contains(flat(it))) fail("the README shows what the example does not have:\n${it}") }
return true
