package dev.rendezvous.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose shape is stable: within one major version of the kit it keeps its name,
 * its methods and their contracts. Vendors may compile against it without fear. Types of the
 * kit that do not carry this mark may change between minor versions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface Stable {}
