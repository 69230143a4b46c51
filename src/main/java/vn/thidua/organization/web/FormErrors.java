package vn.thidua.organization.web;

import org.springframework.validation.BindingResult;
import vn.thidua.kernel.BusinessRuleViolation;

/** Puts a rule violation on the form field it names, or on the whole form. */
final class FormErrors {

  private FormErrors() {}

  static void reject(BindingResult binding, BusinessRuleViolation e) {
    if (e.field() != null && binding.getTarget() != null && hasField(binding, e.field())) {
      binding.rejectValue(e.field(), e.code(), e.args(), e.code());
    } else {
      binding.reject(e.code(), e.args(), e.code());
    }
  }

  private static boolean hasField(BindingResult binding, String field) {
    try {
      binding.getFieldType(field);
      return binding.getFieldType(field) != null;
    } catch (RuntimeException ex) {
      return false;
    }
  }
}
