package org.svosim.agents.protocol;

/** Which model a call goes to: the agent under test, or the extractor that reads unclear replies. */
public enum ModelRole {
    AGENT,
    EXTRACTOR
}
