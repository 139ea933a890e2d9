package org.yibao.settlement.selfpay.wechat;

import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.http.HttpRequest;
import com.wechat.pay.java.core.http.HttpResponse;
import java.io.InputStream;
import java.net.URI;

/**
 * Sends the SDK's requests, signed as the SDK signs them, to the configured API address instead of the one built into
 * the SDK: only scheme, host and port change, so the signed path and query stay the same.
 */
record EndpointHttpClient(HttpClient delegate, URI endpoint) implements HttpClient {

    @Override
    public <T> HttpResponse<T> execute(HttpRequest request, Class<T> responseClass) {
        HttpRequest moved = new HttpRequest.Builder().httpMethod(request.getHttpMethod())
                .url(moved(request.getUrl().toString())).headers(request.getHeaders()).body(request.getBody()).build();
        return delegate.execute(moved, responseClass);
    }

    @Override
    public InputStream download(String url) {
        return delegate.download(moved(url));
    }

    private String moved(String url) {
        URI original = URI.create(url);
        String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
        String base = endpoint.toString().replaceAll("/+$", "");
        return base + original.getRawPath() + query;
    }
}
