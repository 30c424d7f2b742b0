/** Parsers that read an option letter from a model's reply, keeping the raw text, the choice and how it was read. */
package org.svosim.agents.parse;
