/**
 * How the kit's values appear in failure messages: names decoded beside their bytes in hex,
 * errnos with number and message, and byte rows with the byte that matters marked.
 */
package dev.rendezvous.api.assertions.presentation;
