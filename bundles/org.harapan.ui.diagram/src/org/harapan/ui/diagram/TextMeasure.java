package org.harapan.ui.diagram;

/** The size of a line of text in the diagram's font, so that boxes and labels fit their text. */
public interface TextMeasure {

	/** Width in pixels of {@code text} ({@code bold} for the first line of a box). */
	double width(String text, boolean bold);

	/** Height of a line in pixels. */
	double lineHeight();

	/** An estimate without a display (average character widths of a 9-point sans-serif font), for SVG export. */
	TextMeasure ESTIMATE = new TextMeasure() {
		@Override
		public double width(String text, boolean bold) {
			return text.length() * (bold ? 7.4 : 6.6);
		}

		@Override
		public double lineHeight() {
			return 16;
		}
	};
}
