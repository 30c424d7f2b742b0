package org.svosim.agents.protocol;

/** How the direct protocol asks for an answer: a single letter, or a JSON object {"choice": "C"}. */
public enum AnswerFormat {
    LETTER,
    JSON
}
