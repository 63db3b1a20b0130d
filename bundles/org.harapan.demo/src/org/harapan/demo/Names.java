package org.harapan.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Indonesian given names for demo people (a mix common in Kalimantan, Sumatra and Java), and street names. */
final class Names {

	private static final List<String> MALE = List.of("Ahmad", "Muhammad", "Budi", "Agus", "Andi", "Arif", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Bambang", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Kurniawan", "Lukman", "Mulyadi", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Nur", "Rahmat", "Rizki", "Saiful", "Slamet", "Syahrul", "Taufik", "Wahyu", "Yusuf", "Zainal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Hasan", "Abdul", "Darmawan", "Gusti", "Iwan", "Jamal", "Sudirman", "Rusdi", "Hamzah", "Ilham"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final List<String> FEMALE = List.of("Siti", "Nur", "Sri", "Dewi", "Aminah", "Rina", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Fitri", "Lestari", "Wati", "Yuliana", "Ratna", "Hasanah", "Nurul", "Rahmawati", "Suryani", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Kartini", "Mariam", "Halimah", "Indah", "Ayu", "Putri", "Nabila", "Salsabila", "Aisyah", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Fatimah", "Zahra", "Maya", "Wulan", "Endang", "Murni", "Sumiati", "Juliani", "Rosmini", "Nurhayati"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final List<String> SECOND = List.of("Saputra", "Hidayat", "Setiawan", "Pratama", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Santoso", "Wijaya", "Ramadhan", "Firmansyah", "Syahputra", "Nugroho", "Hakim", "Maulana", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Anwar", "Effendi", "Kusuma", "Gunawan", "Rahman", "Yulianto", "Susanto", "Hartono"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final List<String> SECOND_FEMALE = List.of("Wati", "Sari", "Lestari", "Rahayu", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Ningsih", "Handayani", "Safitri", "Anggraini", "Puspita", "Susanti", "Kurniasih", "Wahyuni", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Amelia", "Permata", "Oktaviani", "Maharani"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<String> STREETS = List.of("Jl. Poros", "Jl. Merdeka", "Jl. Pendidikan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Jl. Masjid", "Jl. Pasar Lama", "Jl. Sungai Kandilo", "Jl. Kebun Sawit", "Jl. Pelabuhan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Jl. Transmigrasi", "Jl. Kenanga", "Jl. Melati", "Jl. Durian", "Gg. Mawar", "Gg. Rambutan"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private Names() {
	}

	static String male(SplittableRandom random) {
		return pick(MALE, random) + (random.nextInt(10) < 7 ? " " + pick(SECOND, random) : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String female(SplittableRandom random) {
		return pick(FEMALE, random) + (random.nextInt(10) < 6 ? " " + pick(SECOND_FEMALE, random) : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An address in a desa, e.g. {@code Jl. Poros No. 12, RT 004}. */
	static String address(SplittableRandom random) {
		return pick(STREETS, random) + " No. " + (1 + random.nextInt(120)) //$NON-NLS-1$
				+ String.format(", RT %03d", 1 + random.nextInt(25)); //$NON-NLS-1$
	}

	private static String pick(List<String> names, SplittableRandom random) {
		return names.get(random.nextInt(names.size()));
	}
}
