package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {
    @Test
    void theFloorIsAvailableBeforeAnyFirstAttempt() {
        RetryBudget budget = new RetryBudget(0.2, 2);

        assertThat(budget.tryAcquireRetry()).isTrue();
        assertThat(budget.tryAcquireRetry()).isTrue();
        assertThat(budget.tryAcquireRetry()).isFalse();
        assertThat(budget.retriesUsed()).isEqualTo(2);
    }

    @Test
    void everyFiveFirstAttemptsEarnOneRetryAtTwentyPercent() {
        RetryBudget budget = new RetryBudget(0.2, 0);
        for (int i = 0; i < 14; i++) {
            budget.recordFirstAttempt();
        }
        int granted = 0;
        while (budget.tryAcquireRetry()) {
            granted++;
        }
        assertThat(granted).isEqualTo(2);
        budget.recordFirstAttempt();
        assertThat(budget.tryAcquireRetry()).isTrue();
    }

    @Test
    void negativeSettingsAreRejected() {
        assertThatThrownBy(() -> new RetryBudget(-0.1, 0)).hasMessageContaining("retry_budget");
        assertThatThrownBy(() -> new RetryBudget(0.1, -1)).hasMessageContaining("retry_budget_floor");
    }
}
