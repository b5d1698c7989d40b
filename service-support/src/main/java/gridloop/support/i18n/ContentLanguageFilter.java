package gridloop.support.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer says its language ({@code Content-Language}) and that it depends on {@code Accept-Language}
 * ({@code Vary}), so that a cache never hands a Chinese answer to an English reader.
 */
public class ContentLanguageFilter {

    private final RequestLanguage language;

    ContentLanguageFilter(RequestLanguage language) {
        this.language = language;
    }

    @ServerResponseFilter
    public void sayTheLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        // An answer that chose its language otherwise (the command centre's page: the operator's switch) says so itself.
        if (!response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).toLanguageTag());
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
