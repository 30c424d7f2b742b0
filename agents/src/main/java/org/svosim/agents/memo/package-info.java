/** Bounded memos of pure functions, shared by every module that would otherwise compute the same value per call. */
package org.svosim.agents.memo;
