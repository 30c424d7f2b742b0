/** SHA-256 digests, shared by every module that fingerprints texts, requests and seeds. */
package org.svosim.agents.hash;
