package org.scatterbench.layout.plan;

import java.util.Locale;

/** The kinds of step a {@link FlashPlan} is made of. */
public enum StepAction {
    /** Read a range from the device to the PC; changes nothing on the device. */
    BACKUP,
    /** Write an image into a partition. */
    WRITE,
    /** Write partition-table bytes (GPT or MBR/EBR), primary and backup. */
    WRITE_TABLE,
    /** Erase a range. */
    FORMAT,
    /** Read a range back and compare it; changes nothing on the device. */
    VERIFY,
    /** Write a range back from a backup taken earlier in the same plan. */
    RESTORE;

    /** The JSON spelling: {@code backup}, {@code write-table}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the actions that change bytes on the device. */
    public boolean modifiesDevice() {
        return this == WRITE || this == WRITE_TABLE || this == FORMAT || this == RESTORE;
    }
}
