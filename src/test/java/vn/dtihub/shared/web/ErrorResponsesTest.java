package vn.dtihub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dtihub.shared.AuditRecord;
import vn.dtihub.shared.InvalidInputException;
import vn.dtihub.shared.NotFoundException;

/** The web layer's error contract, on a stand-alone MVC slice with the real advice and message bundles. */
class ErrorResponsesTest {

    private final List<AuditRecord> audited = new ArrayList<>();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ErrorResponses(messages(), audited::add))
            .setLocaleResolver(new WebConfiguration().localeResolver())
            .build();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.forLanguageTag("vi"));
        return source;
    }

    @RestController
    static class Failing {
        @GetMapping({"/api/v1/things/{code}", "/things/{code}"})
        String thing(@PathVariable String code) {
            throw new NotFoundException("error.unitNotFound", "No unit " + code, code) {};
        }

        @GetMapping("/api/v1/invalid")
        String invalid() {
            throw new InvalidInputException("level", "error.typeMismatch", "bad level");
        }

        @GetMapping("/api/v1/denied")
        String denied() {
            throw new AccessDeniedException("outside scope");
        }

        @GetMapping("/api/v1/upload")
        String upload() {
            // What the JDK throws when the disk fills up while FileStore writes an upload.
            throw new vn.dtihub.shared.StorageFullException(new java.nio.file.FileSystemException(
                    "/var/lib/dtihub/files/tmp/upload-1.part", null, "No space left on device"));
        }

        @org.springframework.web.bind.annotation.PostMapping("/forms/{id}/values")
        @vn.dtihub.shared.OnFailure("/forms/{id}#c-{criterionId}")
        String save(@PathVariable long id) {
            throw new InvalidInputException("number", "form.numberInvalid", "not a number");
        }

        @org.springframework.web.bind.annotation.PostMapping("/forms/{id}/approve")
        @vn.dtihub.shared.OnFailure(value = "/forms/{id}", as = "approveError")
        String approve(@PathVariable long id) {
            throw new vn.dtihub.shared.ConflictException("error.conflict", "changed", "→ APPROVED");
        }

        @org.springframework.web.bind.annotation.PostMapping("/forms/{id}/gone")
        @vn.dtihub.shared.OnFailure("/forms/{id}")
        String gone(@PathVariable long id) {
            throw new NotFoundException("error.unitNotFound", "No form " + id, id) {};
        }

        @GetMapping({"/api/v1/boom", "/boom"})
        String boom() {
            throw new IllegalStateException("select * from app_user where password_hash = 'secret'");
        }
    }

    /** The one form loop: a refused page form goes back where its handler says, with the message as a flash. */
    @Test
    void aRefusedPageFormGoesBackWithItsMessage() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/forms/7/values")
                        .param("criterionId", "12"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/forms/7#c-12"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "form.numberInvalid"));
        // A field's value goes into the address encoded: it cannot leave the page or the site.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/forms/7/values")
                        .param("criterionId", "/../../evil.example/x?y"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/forms/7#c-%2F..%2F..%2Fevil.example%2Fx%3Fy"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/forms/7/approve"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/forms/7"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("approveError", "error.conflict"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorDetail", "→ APPROVED"));
        // From htmx the page is loaded by the browser (HX-Redirect), not swapped whole into the fragment.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/forms/7/approve")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/forms/7"))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().string(""))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("approveError", "error.conflict"));
        // Not found stays a 404, and an API client still gets its problem document.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/forms/7/gone"))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/forms/7/values")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("number"));
    }

    @Test
    void anApiNotFoundIsAProblemDocumentNamingTheCode() throws Exception {
        mvc.perform(get("/api/v1/things/99999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Không có đơn vị hành chính với mã 99999."));
    }

    @Test
    void aBadFieldIsNamed() throws Exception {
        mvc.perform(get("/api/v1/invalid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("level"));
    }

    @Test
    void aDenialIsForbiddenAndAudited() throws Exception {
        mvc.perform(get("/api/v1/denied")).andExpect(status().isForbidden());
        assertThat(audited).extracting(AuditRecord::action).containsExactly("ACCESS_DENIED");
    }

    @Test
    void anUnexpectedFailureShowsNoInternals() throws Exception {
        String body = mvc.perform(get("/api/v1/boom"))
                .andExpect(status().isInternalServerError())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("select", "password_hash", "IllegalStateException");
    }

    @Test
    void aPageGetsTheErrorPageAndHtmxGetsAFragmentSwappedInPlace() throws Exception {
        mvc.perform(get("/things/42").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("detail", "Không có đơn vị hành chính với mã 42."));
        mvc.perform(get("/boom").header("HX-Request", "true").accept(MediaType.TEXT_HTML))
                .andExpect(status().isInternalServerError())
                .andExpect(view().name("error :: message"))
                .andExpect(header().string("HX-Reswap", "innerHTML"));
    }

    @Test
    void aFullDiskIsAClearInsufficientStorageNotAServerError() throws Exception {
        mvc.perform(get("/api/v1/upload"))
                .andExpect(status().isInsufficientStorage())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Bộ nhớ lưu tệp đã đầy")));
        assertThat(vn.dtihub.shared.StorageFullException.isFull(new java.io.UncheckedIOException(
                        new java.nio.file.FileSystemException("/x", null, "No space left on device"))))
                .isTrue();
        assertThat(vn.dtihub.shared.StorageFullException.isFull(new java.io.IOException("Permission denied")))
                .isFalse();
    }
}
