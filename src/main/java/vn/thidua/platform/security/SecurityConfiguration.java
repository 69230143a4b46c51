package vn.thidua.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.thidua.organization.Accounts;

/**
 * Form login for pages, HTTP Basic (no CSRF token needed) or the browser session for {@code
 * /api/v1/**}; failed logins throttled per client address and per name + address, unknown names and
 * wrong passwords answered alike. Behind a TLS proxy (forwarded headers from a trusted proxy, see
 * {@code server.forward-headers-strategy}) the request is secure: the session cookie is {@code
 * Secure} and HSTS is sent. What a role may see inside its scope is decided by the organization
 * module on every call.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String[] PUBLIC_PAGES = {
    "/",
    "/login",
    "/css/**",
    "/js/**",
    "/img/**",
    "/webjars/**",
    "/favicon.ico",
    "/sitemap.xml",
    "/error",
    "/actuator/health",
    "/actuator/health/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/api-docs",
    "/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/portal/**"
  };

  /**
   * No observation of Spring Security's own steps: with one, every filter of both chains is wrapped
   * in an observation that names an event per filter and request (a tenth of a report submission in
   * the profile), for figures nobody reads; the request metrics (http.server.requests) stay.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  UserDetailsService userDetailsService(Accounts accounts) {
    return username ->
        accounts.findActor(username).orElseThrow(() -> new UsernameNotFoundException(username));
  }

  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService users, PasswordEncoder encoder, Accounts accounts) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    // Nothing about the account is told before the password has been checked: a disabled account
    // with a wrong password answers like an unknown name.
    dao.setPreAuthenticationChecks(user -> {});
    dao.setPostAuthenticationChecks(user -> {
      if (!user.isEnabled()) {
        throw new DisabledException("disabled");
      }
    });
    return new ProviderManager(new ThrottlingAuthenticationProvider(dao, accounts));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http, AuthenticationManager manager, ProblemWriter problems) throws Exception {
    RequestMatcher basicAuth =
        request -> {
          String header = request.getHeader("Authorization");
          return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        };
    http.securityMatcher("/api/**")
        .authenticationManager(manager)
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
        .csrf(csrf ->
            csrf.requireCsrfProtectionMatcher(
                request -> unsafe(request) && !basicAuth.matches(request)))
        .exceptionHandling(ex ->
            ex.authenticationEntryPoint(problems::unauthorized)
                .accessDeniedHandler(problems::forbidden));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager manager, Accounts accounts)
      throws Exception {
    SimpleUrlAuthenticationFailureHandler failure = new LoginFailureHandler();
    // A sign-in through the login page is a visit: it moves "since your last visit" on.
    org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler
        success =
            new org.springframework.security.web.authentication
                .SavedRequestAwareAuthenticationSuccessHandler() {
              @Override
              public void onAuthenticationSuccess(
                  HttpServletRequest request,
                  jakarta.servlet.http.HttpServletResponse response,
                  org.springframework.security.core.Authentication authentication)
                  throws java.io.IOException, jakarta.servlet.ServletException {
                accounts.recordSignIn(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
              }
            };
    success.setDefaultTargetUrl("/");
    http.authenticationManager(manager)
        .authorizeHttpRequests(
            auth -> auth.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
        .formLogin(form ->
            form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .headers(headers ->
            headers.contentSecurityPolicy(csp ->
                csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
    return http.build();
  }

  private static boolean unsafe(HttpServletRequest request) {
    String method = request.getMethod();
    return !(HttpMethod.GET.matches(method)
        || HttpMethod.HEAD.matches(method)
        || HttpMethod.OPTIONS.matches(method)
        || HttpMethod.TRACE.matches(method));
  }
}
