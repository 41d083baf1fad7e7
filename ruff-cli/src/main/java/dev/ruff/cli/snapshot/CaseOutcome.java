package dev.ruff.cli.snapshot;

/**
 * How one golden case went.
 *
 * @param name   the case name
 * @param status passed, failed or skipped
 * @param detail why it failed or was skipped (the first differing line …), or empty
 * @param actual the normalised output the case produced (empty when it did not run)
 */
public record CaseOutcome(String name, Status status, String detail, String actual) {

    /** Result of a case. */
    public enum Status { PASSED, FAILED, SKIPPED }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
