/**
 * Tiny shared value types: Vietnamese text handling, dates, business-rule violations and the audit
 * port every module writes to.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.thidua.kernel;
