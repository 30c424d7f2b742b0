/** Where agents' models live: backend specs from the config and the factory that turns them into LangChain4j chat models. */
package org.svosim.agents.backend;
