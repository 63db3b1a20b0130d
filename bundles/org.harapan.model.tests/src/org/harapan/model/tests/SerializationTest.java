package org.harapan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.junit.jupiter.api.Test;

/** A full household survives XMI and EMF binary serialization unchanged (except the transient version). */
class SerializationTest {

	private static Household roundTrip(Household original, Resource out, Resource in) throws IOException {
		out.getContents().add(original);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		ResourceSet rs = new ResourceSetImpl();
		rs.getPackageRegistry().put(HarapanPackage.eNS_URI, HarapanPackage.eINSTANCE);
		rs.getResources().add(in);
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		return (Household) in.getContents().get(0);
	}

	private static void assertSameHousehold(Household original, Household copy) {
		assertEquals(0, copy.getVersion(), "version is store-managed, not serialized");
		original.setVersion(0);
		assertTrue(EcoreUtil.equals(original, copy), "trees differ");
		assertEquals(LocalDate.of(1988, 3, 9), copy.getMembers().get(1).getBirthDate());
		assertEquals(YearMonth.of(2025, 5), copy.getComplianceRecords().get(0).getMonth());
		Member toddler = copy.getMembers().get(3);
		assertSame(toddler, copy.getReferrals().get(0).getMember(), "cross reference resolved inside the tree");
		assertSame(toddler, toddler.getMeasurements().get(0).getMember());
	}

	@Test
	void xmiRoundTrip() throws IOException {
		Household original = Fixtures.household();
		XMIResourceImpl out = new XMIResourceImpl(URI.createURI("mem:/h.xmi"));
		Household copy = roundTrip(original, out, new XMIResourceImpl(URI.createURI("mem:/h.xmi")));
		assertSameHousehold(original, copy);
	}

	@Test
	void xmiShowsIsoDates() throws IOException {
		Household h = Fixtures.household();
		XMIResourceImpl out = new XMIResourceImpl(URI.createURI("mem:/h.xmi"));
		out.getContents().add(h);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		String xml = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(xml.contains("birthDate=\"1988-03-09\""), xml);
		assertTrue(xml.contains("month=\"2025-05\""), xml);
		assertTrue(xml.contains("when=\"2025-05-14T02:30:00Z\""), xml);
		assertTrue(!xml.contains(" version=\"7\""), "transient version must not be written");
	}

	@Test
	void binaryRoundTrip() throws IOException {
		Household original = Fixtures.household();
		Household copy = roundTrip(original, new BinaryResourceImpl(URI.createURI("mem:/h.bin")),
				new BinaryResourceImpl(URI.createURI("mem:/h.bin")));
		assertSameHousehold(original, copy);
	}

	@Test
	void dataTypesConvertIso() {
		HarapanFactory f = HarapanFactory.eINSTANCE;
		HarapanPackage p = HarapanPackage.eINSTANCE;
		assertEquals(LocalDate.of(2024, 2, 29), f.createFromString(p.getLocalDate(), "2024-02-29"));
		assertEquals("2024-02-29", f.convertToString(p.getLocalDate(), LocalDate.of(2024, 2, 29)));
		assertEquals(null, f.createFromString(p.getLocalDate(), ""));
		assertEquals("2025-01", f.convertToString(p.getYearMonth(), YearMonth.of(2025, 1)));
	}
}
