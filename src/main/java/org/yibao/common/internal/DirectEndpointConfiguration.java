package org.yibao.common.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.yibao.common.web.DirectEndpoint;
import org.yibao.common.web.Messages;

/** Registers the {@link DirectEndpoint}s' filter for their paths, first of all filters, and describes them in OpenAPI. */
@Configuration(proxyBeanMethods = false)
class DirectEndpointConfiguration {

    @Bean
    FilterRegistrationBean<DirectEndpoints> directEndpoints(List<DirectEndpoint> endpoints, Messages messages,
            ObjectProvider<MeterRegistry> meters, @Value("${yibao.direct.max-body:1MB}") DataSize maxBody) {
        DirectEndpoints filter = new DirectEndpoints(endpoints, messages, meters.getIfAvailable(),
                Math.toIntExact(maxBody.toBytes()));
        FilterRegistrationBean<DirectEndpoints> registration = new FilterRegistrationBean<>(filter);
        registration.setName("directEndpoints");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setUrlPatterns(filter.paths());
        registration.setEnabled(!endpoints.isEmpty());
        return registration;
    }

    @Bean
    OpenApiCustomizer directEndpointDocs(List<DirectEndpoint> endpoints) {
        return api -> endpoints.forEach(e -> {
            Operation post = new Operation().summary(e.summary()).addTagsItem(e.tag())
                    .requestBody(new RequestBody().required(true).content(json()))
                    .responses(new ApiResponses()
                            .addApiResponse("200", new ApiResponse().description("OK").content(json()))
                            .addApiResponse("401", new ApiResponse().description("Signature headers missing, wrong, "
                                    + "stale or replayed"))
                            .addApiResponse("413", new ApiResponse().description("Body above yibao.direct.max-body "
                                    + "(1 MiB unless configured)")));
            e.requiredHeaders().forEach(h -> post.addParametersItem(new HeaderParameter().name(h).required(true)
                    .schema(new StringSchema())));
            api.path(e.path(), new PathItem().post(post));
        });
    }

    private static Content json() {
        return new Content().addMediaType("application/json", new MediaType().schema(new StringSchema()));
    }
}
