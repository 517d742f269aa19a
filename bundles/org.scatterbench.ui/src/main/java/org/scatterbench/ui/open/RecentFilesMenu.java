package org.scatterbench.ui.open;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** The dynamic items of File > Open Recent, rebuilt each time the menu opens. */
public final class RecentFilesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> recent = new RecentFiles().list();
        IContributionItem[] items = new IContributionItem[recent.size()];
        for (int i = 0; i < items.length; i++) {
            Path p = recent.get(i);
            CommandContributionItemParameter param = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                    "org.scatterbench.ui.recent." + i, OpenRecentHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH);
            param.label = "&" + (i + 1) + " " + p.getFileName() + "  [" + p.getParent() + "]";
            param.parameters = Map.of(OpenRecentHandler.PATH, p.toString());
            items[i] = new CommandContributionItem(param);
        }
        return items;
    }
}
