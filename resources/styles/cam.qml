<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- isslide_qgis: style of a class activation map (band 1, values 0..1; QGIS 3.22).
     Singleband pseudocolor on an inferno-like ramp (matplotlib 'inferno' stops), faded in
     from transparent at 0 to opaque at 0.45; layer opacity 0.6 so the interferogram shows. -->
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Rendering">
  <pipe>
    <provider>
      <resampling enabled="false" maxOversampling="2" zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour"/>
    </provider>
    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="0.6" alphaBand="-1" classificationMin="0" classificationMax="1" nodataColor="">
      <rasterTransparency/>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="1" labelPrecision="2">
          <item value="0" color="#000004" alpha="0" label="0"/>
          <item value="0.15" color="#2b0b57" alpha="90" label="0.15"/>
          <item value="0.3" color="#6a176e" alpha="200" label="0.3"/>
          <item value="0.45" color="#a82e5f" alpha="255" label="0.45"/>
          <item value="0.6" color="#dd513a" alpha="255" label="0.6"/>
          <item value="0.75" color="#f98e09" alpha="255" label="0.75"/>
          <item value="0.9" color="#f6d746" alpha="255" label="0.9"/>
          <item value="1" color="#fcffa4" alpha="255" label="1"/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
