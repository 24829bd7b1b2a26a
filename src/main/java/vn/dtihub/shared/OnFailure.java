package vn.dtihub.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a page form goes back to when the domain refuses it (invalid input or a conflict): the browser is redirected
 * there with the message as a flash ({@code error}, the message key, and {@code errorDetail}, what is there now, or
 * the domain's own words when {@link #detail} says so), so the controller only binds, calls and confirms. The value is a URI template over the
 * handler's path variables, for example {@code "/plans/{id}#targets"}. Something not found stays a 404 page.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnFailure {

    String value();

    /** Whether the domain's own words go with the message (a parse failure's specifics), besides what is there now. */
    boolean detail() default false;

    /** The flash attribute the message key goes in, where a page shows it next to one form ("passwordError"). */
    String as() default "error";
}
