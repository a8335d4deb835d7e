<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- isslide_qgis: style of a probability raster (band 1, values 0..1; QGIS 3.22).
     Singleband pseudocolor, transparent below 0.1, then a yellow-orange-red ramp
     (ColorBrewer YlOrRd, perceptually ordered) up to 1; layer opacity 0.7. -->
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Rendering">
  <pipe>
    <provider>
      <resampling enabled="false" maxOversampling="2" zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour"/>
    </provider>
    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="0.7" alphaBand="-1" classificationMin="0" classificationMax="1" nodataColor="">
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
          <item value="0" color="#ffffb2" alpha="0" label="0"/>
          <item value="0.1" color="#ffffb2" alpha="0" label="0.1"/>
          <item value="0.2" color="#fed976" alpha="255" label="0.2"/>
          <item value="0.4" color="#feb24c" alpha="255" label="0.4"/>
          <item value="0.6" color="#fd8d3c" alpha="255" label="0.6"/>
          <item value="0.8" color="#f03b20" alpha="255" label="0.8"/>
          <item value="1" color="#bd0026" alpha="255" label="1"/>
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
