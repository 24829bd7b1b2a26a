package vn.dtihub.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dtihub.shared.DtiHubProperties;

/**
 * The API description as a client needs it: the bearer-token scheme, required on every operation but the public ones
 * (sign-in and open data), and the problem+json errors each operation can answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    /** The errors an operation may answer, as application/problem+json; the public ones answer no 401 or 403. */
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Bad input: `detail` says what, `field` names the field or parameter");
        ERRORS.put("401", "No valid token");
        ERRORS.put("403", "The caller's role or scope does not allow it");
        ERRORS.put("404", "Not found, or outside the caller's scope");
        ERRORS.put(
                "409", "Changed by someone else meanwhile (send the version you read), or not allowed in this state");
        ERRORS.put("413", "The request or the file is too large");
        ERRORS.put("429", "Too much heavy work at once: try again after `Retry-After` seconds");
    }

    @Bean
    OpenAPI dtiHubApi(DtiHubProperties settings) {
        String baseUrl = settings.baseUrl();
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What is wrong, in the caller's language"))
                .addProperty("field", new StringSchema().description("The field or parameter at fault"))
                .addProperty("instance", new StringSchema())
                .addProperty("correlationId", new StringSchema());
        return new OpenAPI()
                .info(new Info()
                        .title("DTI Hub API")
                        .version("v1")
                        .description("The Digital Transformation Index platform of a province: units, frameworks,"
                                + " plans, reporting, scores. Sign in with POST /api/v1/auth/token, then send"
                                + " `Authorization: Bearer <token>`.")
                        .license(new License().name("Proprietary").identifier("LicenseRef-DTIHub")))
                .addServersItem(new Server().url(baseUrl))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A sign-in token (12 hours) or a personal token (90 days)"))
                        .addSchemas("Problem", problem));
    }

    @Bean
    OpenApiCustomizer securedOperationsWithTheirErrors() {
        return api -> api.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(op -> {
                    boolean open = path.equals("/api/v1/auth/token") || path.startsWith("/api/v1/open/");
                    if (!open) {
                        op.addSecurityItem(new SecurityRequirement().addList(BEARER));
                    } else {
                        op.setSecurity(java.util.List.of());
                    }
                    errors(op, open);
                }));
    }

    private static void errors(Operation op, boolean open) {
        ERRORS.forEach((code, description) -> {
            if (open && (code.equals("401") || code.equals("403") || code.equals("409"))) {
                return;
            }
            if (op.getResponses() != null && !op.getResponses().containsKey(code)) {
                op.getResponses()
                        .addApiResponse(
                                code,
                                new ApiResponse()
                                        .description(description)
                                        .content(new Content()
                                                .addMediaType(
                                                        "application/problem+json",
                                                        new MediaType()
                                                                .schema(new Schema<>()
                                                                        .$ref("#/components/schemas/Problem")))));
            }
        });
    }
}
