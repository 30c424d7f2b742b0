package org.svosim.agents.traffic;

/**
 * One attempt of a model call, e.g. {@code () -> EmptyReplyException.requireText(model.chat(request))}.
 * Traffic control may run it several times; whatever it throws is classified by
 * {@link FailureClassifier}.
 *
 * @param <T> what a successful attempt returns
 */
@FunctionalInterface
public interface CallAttempt<T> {
    /** Makes the call once. */
    T attempt() throws Exception;
}
