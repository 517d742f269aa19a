package org.scatterbench.flash.workflow;

import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.flash.op.FlashReport;

/**
 * What a run did.
 *
 * @param report        the engine's report
 * @param savedReport   where the run report was saved, when a store was given and saving worked
 * @param reportProblem why the run report could not be saved; a report that cannot be saved does
 *                      not turn a good flash into a failure
 */
public record FlashOutcome(FlashReport report, Optional<Path> savedReport, Optional<String> reportProblem) {
}
