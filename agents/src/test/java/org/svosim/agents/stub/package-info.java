/** Local HTTP stub servers that speak the OpenAI, Ollama and Anthropic wire formats, for tests without a real model. */
package org.svosim.agents.stub;
