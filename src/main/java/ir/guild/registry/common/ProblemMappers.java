package ir.guild.registry.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import ir.guild.registry.web.ErrorPages;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Each
 * mapper is narrow; anything unexpected becomes a 500 with an error id that is also
 * logged, so the client learns nothing about the code.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    private static final Pattern FORM_FIELD_LIMIT = Pattern.compile("Param limit of \\d+ was exceeded");

    private final CurrentVertxRequest request;

    ProblemMappers(CurrentVertxRequest request) {
        this.request = request;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(Problem.of(e.type(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return respond(Problem.of(ProblemType.VALIDATION, "Some fields are invalid", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<FieldError> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors = List.of(new FieldError(jsonPath(mapping), "has the wrong type or format"));
        }
        return respond(Problem.of(ProblemType.BAD_REQUEST, "The request body is not valid JSON for this endpoint",
                path(uri), errors));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleRow(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleRow(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your roles do not allow this", path(uri), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (ErrorPages.wantsPage(request.getCurrent())) {
            return ErrorPages.page(status);
        }
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.forStatus(status, status >= 500 ? null : e.getMessage(), path(uri)));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof StreamedBodyLimit.TooLarge tooLarge) {
            return respond(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), path(uri), null));
        }
        if (isBodyOverLimit(e)) {
            return respond(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than allowed",
                    path(uri), null));
        }
        if (isFormOverFieldLimit(e)) {
            return respond(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The form has more fields than allowed",
                    path(uri), null));
        }
        if (DatabaseOutages.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (ClientAborts.causedBy(e)) {
            LOG.debugf("The client closed the connection before the request to %s was read", path(uri));
            return respond(Problem.of(ProblemType.BAD_REQUEST, "The connection closed before the request body arrived",
                    path(uri), null));
        }
        return respond(UnexpectedErrors.report(e, 500, path(uri)));
    }

    /**
     * A streamed body (chunked, so without a Content-Length to refuse it up front) that grows past
     * quarkus.http.limits.max-body-size fails while the REST layer reads it; that is the client's
     * doing, not ours. The reader's own message is the only sign of it.
     */
    private static boolean isBodyOverLimit(Throwable e) {
        return e instanceof IOException && "Request too large".equals(e.getMessage());
    }

    /**
     * A form (URL-encoded or multipart) with more fields than quarkus.http.limits.max-parameters
     * fails while the REST layer parses it, with a plain RuntimeException whose message is the
     * only sign of it. No form of the guild has more than a few dozen fields.
     */
    private static boolean isFormOverFieldLimit(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getMessage() != null
                && FORM_FIELD_LIMIT.matcher(e.getMessage()).matches();
    }

    /**
     * PostgreSQL unreachable: answered at once with 503 and a hint when to retry, rather than a
     * 500 that reads like a defect. Logged without the stack: the outage, not the code, is the news.
     */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", path(uri), e);
        Problem problem = Problem.of(ProblemType.UNAVAILABLE, "The registry's database is unreachable; try again shortly",
                path(uri), null);
        Response response = respond(problem);
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
    }

    private Response staleRow(UriInfo uri) {
        return respond(Problem.of(ProblemType.CONFLICT,
                "Someone else changed this record; reload it and try again", path(uri), null));
    }

    private Response unauthenticated(UriInfo uri) {
        if (ErrorPages.wantsPage(request.getCurrent())) {
            return ErrorPages.page(401);
        }
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"guild\"")
                .entity(Problem.of(ProblemType.UNAUTHORIZED, "A valid bearer token or session is required",
                        path(uri), null))
                .build();
    }

    /**
     * A body refused as too large may be partly unread, so the connection cannot carry another
     * request after the answer.
     */
    private Response respond(Problem problem) {
        Response response = ErrorPages.wantsPage(request.getCurrent()) ? ErrorPages.page(problem.status())
                : Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        if (problem.status() == ProblemType.PAYLOAD_TOO_LARGE.status()) {
            return Response.fromResponse(response).header("Connection", "close").build();
        }
        return response;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * {@code create.request.fullName} becomes {@code fullName}: clients know fields, not
     * Java methods. A constraint on a parameter itself is named after the parameter.
     */
    static String fieldName(Path propertyPath) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : propertyPath) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                case PARAMETER -> {
                    names.clear();
                    parameter = node.getName();
                }
                default -> {
                    if (node.getIndex() != null && !names.isEmpty()) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        names.add(name);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
