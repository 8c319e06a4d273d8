package dev.switchboard.writers;

import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.ProvisioningResult;

/**
 * What differs between the writers: executing their own command type against their target system, and what a failed
 * or duplicate command's result says there. A writer's handler implements it; {@link CommandProcessor} does the rest.
 *
 * @param <C> the writer's command, e.g. {@code RingCentralCommand}
 */
public interface CommandExecutor<C> {

    /** The id the ledger records {@code command} under. */
    String commandId(C command);

    /**
     * Executes {@code command}, reading before it writes. Failures of the target end as a {@code FAILED} result, not an
     * exception; such results are dead-lettered as well.
     */
    ProvisioningResult execute(C command);

    /** A {@code FAILED} result for {@code command} with {@code error}, after {@code attempts} calls. */
    ProvisioningResult failed(C command, ErrorDetail error, int attempts);

    /**
     * The answer to a command id found in the ledger: {@code DUPLICATE}, carrying what the first execution reported
     * ({@code earlier}), without error and without calls.
     */
    ProvisioningResult duplicate(C command, ProvisioningResult earlier);
}
