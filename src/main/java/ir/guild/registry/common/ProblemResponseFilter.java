package ir.guild.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives a problem body to API error responses that were produced without one, such as
 * the 400 of a form without its CSRF token, so every API error has the same shape.
 */
public class ProblemResponseFilter {

    @ServerResponseFilter
    public void fillEmptyErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        response.setEntity(Problem.forStatus(status, null, request.getUriInfo().getRequestUri().getRawPath()), null,
                MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
