package org.scatterbench.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Creates the top-level menus as empty, well-known groups; every item in them is contributed
 * through commands and {@code org.eclipse.ui.menus}, so driver plug-ins can add their own.
 */
final class ScatterbenchActionBarAdvisor extends ActionBarAdvisor {

    ScatterbenchActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        // the standard global actions that the workbench retargets (undo, redo, save, ...)
        register(ActionFactory.SAVE.create(window));
        register(ActionFactory.SAVE_AS.create(window));
        register(ActionFactory.UNDO.create(window));
        register(ActionFactory.REDO.create(window));
        register(ActionFactory.QUIT.create(window));
        register(ActionFactory.PREFERENCES.create(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(menu("&File", IWorkbenchActionConstants.M_FILE));
        menuBar.add(menu("&Edit", IWorkbenchActionConstants.M_EDIT));
        menuBar.add(menu("&Device", "device"));
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(menu("&Window", IWorkbenchActionConstants.M_WINDOW));
        menuBar.add(menu("&Help", IWorkbenchActionConstants.M_HELP));
    }

    private static MenuManager menu(String label, String id) {
        MenuManager m = new MenuManager(label, id);
        m.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        return m;
    }
}
