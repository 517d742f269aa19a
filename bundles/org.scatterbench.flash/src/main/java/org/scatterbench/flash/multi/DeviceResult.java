package org.scatterbench.flash.multi;

import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.flash.report.RunReport;
import org.scatterbench.flash.report.RunStatus;

/** How one phone of a multi-device run ended, with its report and where the report was saved. */
public record DeviceResult(String port, RunReport report, Optional<Path> reportFile) {

    public boolean ok() {
        return report.status() == RunStatus.SUCCEEDED;
    }
}
