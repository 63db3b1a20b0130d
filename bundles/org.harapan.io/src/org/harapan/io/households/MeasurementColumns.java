package org.harapan.io.households;

import java.util.List;

/** The columns of the measurements CSV: one row per measurement of a member, named by NIK. */
public final class MeasurementColumns {

	public static final String NIK = "nik"; //$NON-NLS-1$
	public static final String DATE = "date"; //$NON-NLS-1$
	public static final String WEIGHT_KG = "weight_kg"; //$NON-NLS-1$
	public static final String HEIGHT_CM = "height_cm"; //$NON-NLS-1$
	public static final String POSITION = "position"; //$NON-NLS-1$
	public static final String HEAD_CM = "head_cm"; //$NON-NLS-1$
	public static final String MUAC_CM = "muac_cm"; //$NON-NLS-1$
	public static final String OEDEMA = "oedema"; //$NON-NLS-1$
	public static final String PLACE = "place"; //$NON-NLS-1$

	/** All columns, in the order export writes them. */
	public static final List<String> ALL = List.of(NIK, DATE, WEIGHT_KG, HEIGHT_CM, POSITION, HEAD_CM, MUAC_CM,
			OEDEMA, PLACE);

	/** The columns the header must have; the others may be left out. */
	public static final List<String> REQUIRED = List.of(NIK, DATE);

	private MeasurementColumns() {
	}
}
