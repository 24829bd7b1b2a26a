package vn.dtihub.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A message key that domain code returned (a rule's explanation, a consolidation's), in the reader's language: pages
 * call it as {@code ${@texts.of(c.explanation())}}, controllers and JSON views as a method.
 */
@Component("texts")
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text in the current request's language; null stays null. */
    public String of(MessageSourceResolvable text) {
        return text == null ? null : messages.getMessage(text, LocaleContextHolder.getLocale());
    }

    /** The text in a language chosen by the caller (an API's explicit parameter); null stays null. */
    public String of(MessageSourceResolvable text, java.util.Locale locale) {
        return text == null ? null : messages.getMessage(text, locale);
    }
}
