package vn.thidua.organization.web;

import org.springframework.validation.BindingResult;
import vn.thidua.kernel.BusinessRuleViolation;

/** Puts each rule violation on the form field it names, or on the whole form: all at once. */
final class FormErrors {

  private FormErrors() {}

  static void reject(BindingResult binding, BusinessRuleViolation all) {
    for (BusinessRuleViolation e : all.all()) {
      rejectOne(binding, e);
    }
  }

  private static void rejectOne(BindingResult binding, BusinessRuleViolation e) {
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
