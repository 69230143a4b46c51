package vn.thidua.platform;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.module.SimpleModule;

/**
 * Records read from JSON are built through one method handle prepared once per record type.
 *
 * <p>Jackson 3.1 calls a creator with arguments through {@code MethodHandle.invokeWithArguments},
 * which builds a spreading handle on every call: on the eligibility stream (issue 16) that was half
 * of the time spent reading a request. Here the record's instantiator is the one Jackson configured
 * (the same properties, coercions, defaults and error messages); only the final call of the
 * canonical constructor goes through a handle spread once. A record whose constructor cannot be
 * reached this way keeps Jackson's own call.
 */
@Component
class RecordCreators extends SimpleModule {

  RecordCreators() {
    super("thidua-record-creators");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addValueInstantiators(
        new ValueInstantiators.Base() {
          @Override
          public ValueInstantiator modifyValueInstantiator(
              DeserializationConfig config,
              BeanDescription.Supplier description,
              ValueInstantiator found) {
            return faster(found);
          }
        });
  }

  static ValueInstantiator faster(ValueInstantiator found) {
    if (found instanceof Spread
        || !(found instanceof StdValueInstantiator std)
        || found.getClass() != StdValueInstantiator.class
        || !std.canCreateFromObjectWith()
        || !std.getValueClass().isRecord()) {
      return found;
    }
    AnnotatedWithParams creator = std.getWithArgsCreator();
    if (creator == null || !(creator.getAnnotated() instanceof Constructor<?> constructor)) {
      return found;
    }
    try {
      MethodHandle handle =
          MethodHandles.publicLookup()
              .unreflectConstructor(constructor)
              .asSpreader(Object[].class, constructor.getParameterCount())
              .asType(MethodType.methodType(Object.class, Object[].class));
      return new Spread(std, handle, constructor.getParameterCount());
    } catch (IllegalAccessException | RuntimeException e) {
      return found;
    }
  }

  /** Jackson's instantiator of a record, its constructor called through a prepared handle. */
  static final class Spread extends StdValueInstantiator {
    private final transient MethodHandle constructor;
    private final int arity;

    Spread(StdValueInstantiator configured, MethodHandle constructor, int arity) {
      super(configured);
      this.constructor = constructor;
      this.arity = arity;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      if (args.length != arity) {
        return super.createFromObjectWith(ctxt, args);
      }
      try {
        return (Object) constructor.invokeExact(args);
      } catch (Exception e) {
        throw rewrapCtorProblem(ctxt, e);
      } catch (Error e) {
        throw e;
      } catch (Throwable t) {
        throw rewrapCtorProblem(ctxt, t);
      }
    }

    @Override
    public ValueInstantiator createContextual(
        DeserializationContext ctxt, BeanDescription.Supplier description) {
      ValueInstantiator v = super.createContextual(ctxt, description);
      return v == this ? this : faster(v);
    }
  }
}
