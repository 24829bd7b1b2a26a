package vn.dtihub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.RedirectView;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.AuditTrail;
import vn.dtihub.shared.DomainException;
import vn.dtihub.shared.FileRejectedException;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.NotFoundException;
import vn.dtihub.shared.OnFailure;
import vn.dtihub.shared.Problems;

/**
 * Turns every failure into something a user can act on: a problem document for the API, the error page for a
 * browser (a fragment for htmx), each with the correlation id. Unexpected failures are logged with their
 * stack trace and shown only as "something went wrong" plus that id. The database's failures are {@link
 * DatabaseErrors}'.
 */
@ControllerAdvice
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    /** A name in an {@link OnFailure} address: {@code {id}}. */
    private static final java.util.regex.Pattern TEMPLATE_NAME = java.util.regex.Pattern.compile("\\{(\\w+)}");

    private final MessageSource messages;
    private final AuditTrail audit;
    private final ErrorPages pages;

    ErrorResponses(MessageSource messages, AuditTrail audit) {
        this.messages = messages;
        this.audit = audit;
        this.pages = new ErrorPages(messages);
    }

    /**
     * What the domain refused. A page form marked {@link OnFailure} goes back where it says with the message (from htmx,
     * by {@code HX-Redirect}, since a fragment has no room for a whole page); anything
     * else, and anything not found, is answered here: 404, 400 naming the field, or 409 with what is there now.
     */
    @ExceptionHandler(DomainException.class)
    ModelAndView domain(
            DomainException e, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        OnFailure back = handler == null ? null : handler.getMethodAnnotation(OnFailure.class);
        if (back != null && !(e instanceof NotFoundException) && !Problems.wantsJson(request)) {
            String location = backTo(back.value(), request);
            var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
            flash.put(back.as(), e.messageKey());
            String detail = e.current() != null ? e.current() : back.detail() ? e.getMessage() : null;
            if (detail != null) {
                flash.put("errorDetail", detail);
            }
            if (Problems.isHtmx(request)) {
                // A redirect would be followed inside the request and the whole page swapped into the fragment:
                // htmx is told to load the page itself, which then shows the message.
                String page = request.getContextPath() + location;
                org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(page, request, response);
                response.setHeader("HX-Redirect", page);
                response.setStatus(HttpStatus.OK.value());
                return null;
            }
            RedirectView target = new RedirectView(location, true);
            target.setExpandUriTemplateVariables(false);
            target.setExposeModelAttributes(false);
            return new ModelAndView(target);
        }
        if (e instanceof NotFoundException) {
            return respond(
                    request,
                    response,
                    HttpStatus.NOT_FOUND,
                    text(e.messageKey(), e.getMessage(), e.messageArgs()),
                    null);
        }
        if (e instanceof InvalidInputException) {
            // A message about "parameter {0}" given no arguments names the field.
            Object[] args = e.messageArgs().length == 0 ? new Object[] {e.field()} : e.messageArgs();
            String detail = text(e.messageKey(), e.getMessage(), args);
            // A message ending in a colon introduces the specifics the domain found ("Thời hạn không hợp lệ: …").
            if (detail.endsWith(":") && e.getMessage() != null) {
                detail = detail + " " + e.getMessage();
            }
            return respond(request, response, HttpStatus.BAD_REQUEST, detail, e.field());
        }
        return respond(
                request,
                response,
                HttpStatus.CONFLICT,
                text(e.messageKey(), e.getMessage()) + (e.current() == null ? "" : " " + e.current()),
                null);
    }

    /**
     * Where a refused form goes back to: the template's names taken from the path's variables, then from the form's
     * fields (a criterion's anchor), each encoded so that it stays one segment of this site's address.
     */
    static String backTo(String template, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>)
                request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        java.util.regex.Matcher m = TEMPLATE_NAME.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = path != null && path.containsKey(name) ? path.get(name) : request.getParameter(name);
            m.appendReplacement(
                    out,
                    java.util.regex.Matcher.quoteReplacement(
                            value == null
                                    ? ""
                                    : org.springframework.web.util.UriUtils.encode(
                                            value, java.nio.charset.StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every problem of a rejected file, with its row and column, for the API; the first ones for a page. */
    @ExceptionHandler(FileRejectedException.class)
    ModelAndView rejectedFile(FileRejectedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String detail = text("import.rejected", e.getMessage(), e.problems().size());
        if (Problems.wantsJson(request)) {
            Map<String, Object> body = Problems.body(HttpStatus.BAD_REQUEST, detail, "file", request);
            body.put("problems", e.problems());
            Problems.write(response, HttpStatus.BAD_REQUEST, body);
            return null;
        }
        String lines = e.problems().stream()
                .limit(50)
                .map(p -> messages.getMessage(p.place(), locale()) + ": " + p.message())
                .collect(java.util.stream.Collectors.joining(" · "));
        return respond(request, response, HttpStatus.BAD_REQUEST, detail + " " + lines, "file");
    }

    @ExceptionHandler(BindException.class)
    ModelAndView binding(BindException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        FieldError error = e.getFieldError();
        if (error == null) {
            return respond(
                    request, response, HttpStatus.BAD_REQUEST, text("error.badRequest", "Invalid request"), null);
        }
        String detail = error.getField() + ": " + messages.getMessage(error, locale());
        return respond(request, response, HttpStatus.BAD_REQUEST, detail, error.getField());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView methodValidation(
            HandlerMethodValidationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var first = e.getParameterValidationResults().stream().findFirst();
        String field = first.map(r -> r.getMethodParameter().getParameterName()).orElse(null);
        String detail = first.flatMap(r -> r.getResolvableErrors().stream().findFirst())
                .map(err -> (field == null ? "" : field + ": ") + messages.getMessage(err, locale()))
                .orElse(text("error.badRequest", "Invalid request"));
        return respond(request, response, HttpStatus.BAD_REQUEST, detail, field);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ModelAndView constraint(ConstraintViolationException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var violation = e.getConstraintViolations().stream().findFirst();
        String field = violation
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    return path.substring(path.lastIndexOf('.') + 1);
                })
                .orElse(null);
        String detail = violation.map(v -> field + ": " + v.getMessage()).orElse(e.getMessage());
        return respond(request, response, HttpStatus.BAD_REQUEST, detail, field);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(
            MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String detail = text("error.typeMismatch", "Invalid value for " + e.getName(), e.getName());
        return respond(request, response, HttpStatus.BAD_REQUEST, detail, e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(
            MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String detail = text("error.missingParameter", "Missing " + e.getParameterName(), e.getParameterName());
        return respond(request, response, HttpStatus.BAD_REQUEST, detail, e.getParameterName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String field = jsonField(e);
        if (field != null) {
            return respond(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    text("error.fieldType", "Wrong type of value for " + field, field),
                    field);
        }
        return respond(
                request, response, HttpStatus.BAD_REQUEST, text("error.unreadable", "Malformed request body"), null);
    }

    /** The field of a JSON body whose value could not be read as its type ("maxPoints": "mười"), if known. */
    static String jsonField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException json
                    && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(
            HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(
                request,
                response,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                text("error.mediaType", "Unsupported content type"),
                null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(
            HttpMediaTypeNotAcceptableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(
                request, response, HttpStatus.NOT_ACCEPTABLE, text("error.notAcceptable", "Not acceptable"), null);
    }

    @ExceptionHandler({ServletRequestBindingException.class, MultipartException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return respond(request, response, HttpStatus.BAD_REQUEST, text("error.badRequest", "Invalid request"), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(
                request, response, HttpStatus.METHOD_NOT_ALLOWED, text("error.method", "Method not allowed"), null);
    }

    /** No page, API route or static file at that address (no catch-all file handler any more: see WebConfiguration). */
    @ExceptionHandler({NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class})
    ModelAndView noResource(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return respond(request, response, HttpStatus.NOT_FOUND, text("error.pageNotFound", "Page not found"), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        audit.record(AuditRecord.of("ACCESS_DENIED", "route", request.getMethod() + " " + request.getRequestURI(), null)
                .withDetail(e.getMessage()));
        return respond(request, response, HttpStatus.FORBIDDEN, text("error.forbidden", "Not allowed"), null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(
                request,
                response,
                HttpStatus.CONFLICT,
                text("error.conflict", "Changed by someone else meanwhile"),
                null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(request, response, HttpStatus.CONTENT_TOO_LARGE, text("error.tooLarge", "Too large"), null);
    }

    /** The disk of the files is full: a clear 507, the upload not kept (nothing half-written refers to it). */
    @ExceptionHandler(vn.dtihub.shared.StorageFullException.class)
    ModelAndView storageFull(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.error("No space left for an upload on {} {}", request.getMethod(), request.getRequestURI());
        return respond(
                request,
                response,
                HttpStatus.INSUFFICIENT_STORAGE,
                text("error.storageFull", "The storage for files is full: nothing was saved"),
                null);
    }

    /** The browser went away mid-response (a closed tab, a cancelled download): nothing to answer, nothing wrong. */
    @ExceptionHandler({
        org.apache.catalina.connector.ClientAbortException.class,
        org.springframework.web.context.request.async.AsyncRequestNotUsableException.class
    })
    ModelAndView clientGone(Exception e, HttpServletRequest request) {
        log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
        return null;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return pages.unexpected(e, request, response);
    }

    private ModelAndView respond(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail, String field)
            throws IOException {
        return pages.respond(request, response, status, detail, field);
    }

    private String text(String key, String fallback, Object... args) {
        return pages.text(key, fallback, args);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
