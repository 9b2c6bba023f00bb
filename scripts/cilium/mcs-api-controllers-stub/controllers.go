// Package controllers stands in for sigs.k8s.io/mcs-api/controllers v0.5.2, which cilium-operator imports
// (pkg/clustermesh/mcsapi) and the Go module proxy reachable here does not serve (403). The operator uses one
// constant of it: the annotation that names the Service derived from a ServiceImport (KEP-1645's
// multicluster.kubernetes.io/derived-service). The harness runs no cluster mesh, so nothing else is needed.
package controllers

// DerivedServiceAnnotation is set on a ServiceImport to reference the derived Service.
const DerivedServiceAnnotation = "multicluster.kubernetes.io/derived-service"
