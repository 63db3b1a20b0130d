package org.harapan.casework.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import org.harapan.model.Household;

/** The households of an iterator that a test lets through (the others are dropped, the test reports them). */
final class Allowed implements Iterator<Household> {

	private final Iterator<Household> all;
	private final Predicate<Household> allowed;
	private Household next;

	Allowed(Iterator<Household> all, Predicate<Household> allowed) {
		this.all = all;
		this.allowed = allowed;
	}

	@Override
	public boolean hasNext() {
		while (next == null && all.hasNext()) {
			Household h = all.next();
			if (allowed.test(h)) {
				next = h;
			}
		}
		return next != null;
	}

	@Override
	public Household next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Household h = next;
		next = null;
		return h;
	}
}
