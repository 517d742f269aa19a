package org.scatterbench.layout.plan;

import java.util.Objects;

/**
 * Turns a {@link PlanRequest} into a {@link FlashPlan}. Pure: it reads image sizes from the ROM
 * folder at most and never touches a device. Stateless, so one instance can be shared.
 *
 * <p>Whatever the mode, the result passes the {@link SafetyNet}: no step changes a byte of a
 * partition whose verdict is "kept", and in keep-data mode no step changes a byte of a protected
 * range of the current layout. Violations turn into a refusal, never into a plan.
 */
public class Planner {

    private final ImageSizer sizer;

    /** With the image bundle's sizer: raw file size, or the expanded size of a sparse image. */
    public Planner() {
        this(org.scatterbench.image.ImageFiles::expandedSize);
    }

    /** With another sizer (tests, or a device-side size source). */
    public Planner(ImageSizer sizer) {
        this.sizer = Objects.requireNonNull(sizer, "sizer");
    }

    public FlashPlan plan(PlanRequest request) {
        PlanContext ctx = new PlanContext(request, sizer);
        LayoutChecks.sameStorage(ctx);
        LayoutChecks.overlaps(ctx, ctx.effectiveNext);
        switch (request.mode()) {
            case KEEP_DATA:
                KeepDataMode.plan(ctx);
                break;
            case DOWNLOAD_ONLY:
                DownloadOnlyMode.plan(ctx);
                break;
            case FIRMWARE_UPGRADE:
                FirmwareUpgradeMode.plan(ctx);
                break;
            case FORMAT_ALL:
                FormatAllMode.plan(ctx);
                break;
            default:
                throw new IllegalArgumentException("unknown mode " + request.mode());
        }
        ctx.noteImageChecks();
        if (!ctx.refused()) {
            SafetyNet.check(ctx);
        }
        return ctx.build();
    }
}
