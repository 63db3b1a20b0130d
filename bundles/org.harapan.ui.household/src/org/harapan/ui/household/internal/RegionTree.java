package org.harapan.ui.household.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.harapan.store.HouseholdQuery;

/** The caseload's region tree: working region > kecamatan > desa, each with its number of households. */
final class RegionTree {

	private final TreeViewer viewer;
	private RegionNode root;
	private int storeDesa;
	private boolean quiet;

	RegionTree(Composite parent, Consumer<RegionNode> selected) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof Object[] roots ? roots : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				RegionNode node = (RegionNode) parentElement;
				return node.children() == null ? new Object[0] : node.children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return ((RegionNode) element).children() != null && !((RegionNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((RegionNode) element).label();
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (!quiet) {
				selected.accept(selection());
			}
		});
	}

	TreeViewer viewer() {
		return viewer;
	}

	/**
	 * Shows the tree of the working region, expanded to its kecamatan, with the root selected, or with
	 * {@code keepSelection} the region selected before (when the counts changed). Selecting does not search.
	 */
	void show(RegionNode tree, int desaInStore, boolean keepSelection) {
		String selected = keepSelection && root != null ? selection().code() : null;
		root = tree;
		storeDesa = desaInStore;
		quiet = true;
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(new Object[] { tree }); // the root is an element, not the input
			viewer.expandToLevel(2);
			RegionNode node = selected == null ? tree : find(tree, selected);
			viewer.setSelection(new StructuredSelection(node == null ? tree : node), true);
		} finally {
			viewer.getTree().setRedraw(true);
			quiet = false;
		}
	}

	private static RegionNode find(RegionNode node, String code) {
		if (node.code().equals(code)) {
			return node;
		}
		for (RegionNode child : node.children() == null ? List.<RegionNode>of() : node.children()) {
			RegionNode found = find(child, code);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	RegionNode root() {
		return root;
	}

	/** The node selected (the root when nothing is). */
	RegionNode selection() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof RegionNode n ? n : root;
	}

	/** {@code query} restricted to the households of the selected node. */
	HouseholdQuery restrict(HouseholdQuery query) {
		return restrict(query, selection(), storeDesa);
	}

	/** {@code query} restricted to the households of {@code node}, of a store with {@code desaInStore} desa. */
	static HouseholdQuery restrict(HouseholdQuery query, RegionNode node, int desaInStore) {
		if (node == null) {
			return query;
		}
		if (node.children() == null) {
			return query.withDesa(node.code());
		}
		if (node.desaCodes().size() == desaInStore) {
			return query; // every household of the store
		}
		return query.withDesaCodes(node.desaCodes());
	}
}
