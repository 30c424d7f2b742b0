/** The social-bias judge: prompts for judging, explaining and rating explanations under the three system-prompt conditions, request builders, and the parsers that read verdicts and AGREE/DISAGREE ratings out of replies. */
package org.svosim.agents.judge;
