package org.harapan.ui.household.internal.editor;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a table cell's value lives: the object and feature a row element stands for. In a list table the row is the
 * object and the column the feature; in the overview's field table the row is the feature of the household.
 */
public record Cell(Function<Object, EObject> owner, Function<Object, EStructuralFeature> feature) {

	/** A column of a list table: the row element is the object, {@code feature} the column's feature. */
	public static Cell column(EStructuralFeature feature) {
		return new Cell(element -> (EObject) element, element -> feature);
	}
}
