/** Named prompt templates with {@code {{variable}}} placeholders, their default wording and overrides. */
package org.svosim.agents.prompt;
