package org.svosim.simulation.bias;

/**
 * One stored call of the probe (a row of judgements, explanations or ratings), as read back.
 *
 * @param taskId     the task id
 * @param kind       which table it came from
 * @param backend    the judge, author or rater
 * @param condition  JUDGE: the condition's config name; else ""
 * @param author     RATE: whose explanation; else ""
 * @param scenarioId the scenario
 * @param label      the label read (null for explanations and failed calls)
 * @param method     how the label was read, or null
 * @param text       the explanation body (EXPLAIN), else null
 * @param rawReply   the reply as received, or null for a failed call
 * @param ok         whether the call returned a reply
 * @param error      why the call failed, or null
 * @param modelId    the model that answered
 * @param cached     whether the reply came from the response cache
 * @param latencyMs  wall time of the call
 * @param attempt    the attempt of the run that stored it
 */
public record CallRow(String taskId, TaskKind kind, String backend, String condition, String author,
                      String scenarioId, String label, String method, String text, String rawReply, boolean ok,
                      String error, String modelId, boolean cached, long latencyMs, int attempt) {
}
