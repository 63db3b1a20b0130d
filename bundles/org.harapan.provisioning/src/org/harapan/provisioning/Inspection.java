package org.harapan.provisioning;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a p2 repository (folder or zip) offers this product: its regional features, or why it was refused (not a
 * repository, unreadable), in the user's language.
 */
public record Inspection(URI location, List<OfferedFeature> features, Optional<String> refusal) {

	public Inspection {
		features = List.copyOf(features);
	}

	public static Inspection refused(URI location, String reason) {
		return new Inspection(location, List.of(), Optional.of(reason));
	}

	/** The offered feature with this id or short name ({@code paser}), if the repository has it. */
	public Optional<OfferedFeature> feature(String idOrShortName) {
		return features.stream().filter(f -> f.id().equals(idOrShortName) || f.shortName().equals(idOrShortName))
				.findFirst();
	}
}
