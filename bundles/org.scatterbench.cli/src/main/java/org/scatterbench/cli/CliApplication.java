package org.scatterbench.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application {@code org.scatterbench.cli.app}: runs one command and exits with its code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = ScatterbenchCli.run(args == null ? new String[0] : args, System.out, System.err);
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands are short-lived; an emulator or a flash stops through its own cancellation
    }
}
