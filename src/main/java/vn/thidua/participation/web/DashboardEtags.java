package vn.thidua.participation.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Repeat views of a dashboard over the API answer 304 when nothing changed: the answer carries an
 * ETag (a hash of its body) and a request that sends it back in If-None-Match gets no body (issue
 * 16: a province's dashboard is about 140 KB of JSON, polled by monitoring screens).
 */
@Configuration(proxyBeanMethods = false)
class DashboardEtags {

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> dashboardEtagFilter() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> f =
        new FilterRegistrationBean<>(
            new ShallowEtagHeaderFilter() {
              @Override
              protected boolean shouldNotFilter(jakarta.servlet.http.HttpServletRequest request) {
                return !request.getRequestURI().endsWith("/dashboard");
              }
            });
    f.addUrlPatterns("/api/v1/movements/*");
    f.setName("dashboardEtagFilter");
    return f;
  }
}
