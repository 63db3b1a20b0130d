package org.harapan.growth;

/** Why an indicator has no z-score. {@link #NONE} means the z-score was computed. */
public enum Reason {
    NONE("", ""),
    NOT_REQUESTED("tidak diminta", "not requested"),
    MISSING_SEX("jenis kelamin tidak ada atau tidak dikenal (1/2 atau m/f)", "sex missing or not 1/2 or m/f"),
    MISSING_AGE("umur tidak ada", "age missing"),
    NEGATIVE_AGE("umur negatif", "age is negative"),
    AGE_OUT_OF_RANGE("umur di luar rentang standar", "age outside the range of the reference for this indicator"),
    NO_REFERENCE("tidak ada tabel rujukan untuk umur ini",
            "no growth reference covers this age (WHO 2006: 0-1856 days, WHO 2007: 61-228 months)"),
    MISSING_MEASURE("ukuran tidak ada", "measurement missing"),
    NON_POSITIVE_MEASURE("ukuran nol atau negatif", "measurement is zero or negative"),
    NOT_A_NUMBER("ukuran bukan angka", "measurement is not a number"),
    OEDEMA("edema: indikator berbasis berat tidak dihitung",
            "oedema: WHO does not compute weight-based indicators for children with oedema"),
    LENGTH_OUT_OF_TABLE("panjang/tinggi di luar tabel (BB/PB 45-110 cm, BB/TB 65-120 cm)",
            "length outside the weight-for-length table (45-110 cm) or height outside weight-for-height (65-120 cm)"),
    NOT_APPLICABLE("tidak berlaku untuk umur/pengukuran ini",
            "not applicable at this age (weight-for-length below 731 days, weight-for-height from 731 days)"),
    TABLES_NOT_INSTALLED("tabel WHO 2007 belum diimpor: impor dengan ./harapan reference import DIR",
            "WHO 2007 tables (hfawho2007.txt, wfawho2007.txt, bfawho2007.txt) are not installed:"
                    + " import WHO 2007 tables with ./harapan reference import DIR"),
    TABLE_NOT_INSTALLED_2006("tabel WHO 2006 harian belum diimpor: impor dengan ./harapan reference import DIR",
            "this indicator needs WHO's daily tables (acanthro.txt, tsanthro.txt, ssanthro.txt), which are not"
                    + " shipped: import WHO tables with ./harapan reference import DIR");

    private final String messageId;
    private final String messageEn;

    Reason(String messageId, String messageEn) {
        this.messageId = messageId;
        this.messageEn = messageEn;
    }

    public String messageId() {
        return messageId;
    }

    public String messageEn() {
        return messageEn;
    }
}
