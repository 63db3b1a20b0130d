package org.harapan.rules.tests.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The public signatures of an API package: every public type, and its public and protected constructors, methods
 * and fields, as {@code key -> description} lines. The key names the element (what a caller or an implementation
 * links against); the description holds what may not change under it (kind, type, {@code static}, {@code final},
 * {@code abstract}).
 */
public final class ApiSignatures {

	private ApiSignatures() {
	}

	/** The signatures of {@code packageName} as the classes of {@code bundle} declare them (host classes only). */
	public static Map<String, String> of(Bundle bundle, String packageName) throws ClassNotFoundException {
		Collection<String> resources = bundle.adapt(BundleWiring.class).listResources(packageName.replace('.', '/'),
				"*.class", 0); //$NON-NLS-1$
		Map<String, String> signatures = new TreeMap<>();
		for (String resource : resources) {
			String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.'); //$NON-NLS-1$
			Class<?> type = bundle.loadClass(name);
			if (isApi(type)) {
				add(type, signatures);
			}
		}
		return signatures;
	}

	/** A public type that is not anonymous or local and whose enclosing types are public too. */
	private static boolean isApi(Class<?> type) {
		for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
			if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
				return false;
			}
		}
		return true;
	}

	static void add(Class<?> type, Map<String, String> signatures) {
		String kind = type.isAnnotation() ? "annotation" : type.isInterface() ? "interface" //$NON-NLS-1$ //$NON-NLS-2$
				: type.isEnum() ? "enum" : type.isRecord() ? "record" : "class"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Type[] interfaces = type.getGenericInterfaces();
		String supertypes = (type.getGenericSuperclass() == null ? "" : " extends " + type.getGenericSuperclass().getTypeName()) //$NON-NLS-1$ //$NON-NLS-2$
				+ (interfaces.length == 0 ? "" : Arrays.stream(interfaces).map(Type::getTypeName) //$NON-NLS-1$
						.collect(Collectors.joining(", ", " implements ", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		signatures.put(type.getName(), kind + modifiers(type.getModifiers() & ~Modifier.INTERFACE, !type.isInterface())
				+ supertypes);
		for (Constructor<?> c : type.getDeclaredConstructors()) {
			if (isVisible(c.getModifiers()) && !c.isSynthetic() && !type.isEnum()) {
				signatures.put(type.getName() + "#<init>" + parameters(c), "constructor" + modifiers(c.getModifiers(), false)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (Method m : type.getDeclaredMethods()) {
			if (isVisible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
				signatures.put(type.getName() + "#" + m.getName() + parameters(m), //$NON-NLS-1$
						"method " + m.getGenericReturnType().getTypeName() + modifiers(m.getModifiers(), true)); //$NON-NLS-1$
			}
		}
		for (Field f : type.getDeclaredFields()) {
			if (isVisible(f.getModifiers()) && !f.isSynthetic()) {
				signatures.put(type.getName() + "." + f.getName(), //$NON-NLS-1$
						"field " + f.getGenericType().getTypeName() + modifiers(f.getModifiers(), true)); //$NON-NLS-1$
			}
		}
	}

	private static boolean isVisible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	private static String parameters(Executable e) {
		return Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName)
				.collect(Collectors.joining(",", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String modifiers(int modifiers, boolean withAbstract) {
		StringBuilder s = new StringBuilder();
		if (Modifier.isProtected(modifiers)) {
			s.append(" protected"); //$NON-NLS-1$
		}
		if (Modifier.isStatic(modifiers)) {
			s.append(" static"); //$NON-NLS-1$
		}
		if (Modifier.isFinal(modifiers)) {
			s.append(" final"); //$NON-NLS-1$
		}
		if (withAbstract && Modifier.isAbstract(modifiers)) {
			s.append(" abstract"); //$NON-NLS-1$
		}
		return s.toString();
	}
}
